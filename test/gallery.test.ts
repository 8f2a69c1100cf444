import { expect } from '@open-wc/testing';

/** The pictures docs/gallery.md lists (written by `npm run gallery`). */
async function listedPictures(): Promise<string[]> {
  const markdown = await (await fetch('/docs/gallery.md')).text();
  return [...markdown.matchAll(/!\[[^\]]*\]\((gallery\/[^)\s]+\.png)\)/g)].map((match) => match[1]);
}

describe('gallery (docs/gallery.md, npm run gallery)', () => {
  it('lists every element in English and Arabic, light and dark, at 320 and 1280 px, and every picture exists', async () => {
    const pictures = await listedPictures();
    expect(pictures.length, 'pictures listed').to.be.within(100, 200);
    for (const tag of ['quick-exit', 'crisis-resources', 'coping-card', 'journal', 'feedback-form', 'consent', 'safety-plan']) {
      for (const variant of ['en-light-320', 'en-dark-1280', 'ar-light-320', 'ar-dark-1280']) {
        expect(
          pictures.some((file) => file.startsWith(`gallery/${tag}`) && file.endsWith(`-${variant}.png`)),
          `${tag} ${variant}`,
        ).to.equal(true);
      }
    }
    let bytes = 0;
    for (const file of pictures) {
      const response = await fetch(`/docs/${file}`);
      expect(response.status, file).to.equal(200);
      const body = new Uint8Array(await response.arrayBuffer());
      // A PNG, with a picture in it (the signature, and more than an empty image's few hundred bytes).
      expect([...body.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), file).to.equal('PNG');
      expect(body.length, file).to.be.above(1000);
      bytes += body.length;
    }
    expect(bytes, 'the gallery stays small enough to keep in the repository').to.be.below(15 * 1024 * 1024);
  });
});
