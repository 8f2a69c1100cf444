import { expect } from '@open-wc/testing';

import corePackage from '../../packages/core/package.json';
import { defineElement, HEARTH_VERSION } from '../../packages/core/src/index.js';
import elementsPackage from '../../packages/elements/package.json';
import { captureConsole } from '../helpers/console-capture.js';

let counter = 0;
const freshTag = () => `x-define-test-${++counter}`;

function versioned(version: string | undefined) {
  return class extends HTMLElement {
    static readonly hearthVersion = version;
  };
}

describe('defineElement (guarded registration)', () => {
  it('defines a free tag', () => {
    const tag = freshTag();
    const ctor = versioned(HEARTH_VERSION);
    expect(defineElement(tag, ctor)).to.equal(ctor);
    expect(customElements.get(tag)).to.equal(ctor);
  });

  it('the same version twice (a second copy of the bundle) is a silent no-op', () => {
    const tag = freshTag();
    const first = versioned(HEARTH_VERSION);
    defineElement(tag, first);
    const capture = captureConsole();
    try {
      expect(() => defineElement(tag, versioned(HEARTH_VERSION))).not.to.throw();
      expect(customElements.get(tag)).to.equal(first);
      expect(capture.warnings).to.deep.equal([]);
      expect(capture.errors).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('another version warns once, naming both versions, and keeps the first', () => {
    const tag = freshTag();
    const first = versioned('0.0.9');
    defineElement(tag, first);
    const capture = captureConsole();
    try {
      expect(() => defineElement(tag, versioned('0.1.0'))).not.to.throw();
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain('0.0.9').and.to.contain('0.1.0').and.to.contain(tag);
      expect(customElements.get(tag)).to.equal(first);
    } finally {
      capture.restore();
    }
  });

  it('a tag taken by something that is not Hearth warns and does not throw', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const capture = captureConsole();
    try {
      expect(() => defineElement(tag, versioned(HEARTH_VERSION))).not.to.throw();
      expect(capture.warnings[0]).to.contain('another script');
    } finally {
      capture.restore();
    }
  });

  it('an invalid tag name warns instead of throwing', () => {
    const capture = captureConsole();
    try {
      expect(() => defineElement('NotValid', versioned(HEARTH_VERSION))).not.to.throw();
      expect(capture.warnings[0]).to.contain('NotValid');
    } finally {
      capture.restore();
    }
  });

  it('HEARTH_VERSION is the version of both packages', () => {
    expect(HEARTH_VERSION).to.equal(corePackage.version);
    expect(HEARTH_VERSION).to.equal(elementsPackage.version);
  });
});
