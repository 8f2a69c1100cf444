// A site's own app that uses one Hearth element, bundled by Vite from the npm packages' dist/
// (scripts/size.mjs compares what it downloads with the same page on cdn/).
import '@hearth/elements/coping-card';
