// Shoelace's card, as a site that uses it would bundle it (Lit included).
export { default as SlCard } from '@shoelace-style/shoelace/dist/components/card/card.js';
