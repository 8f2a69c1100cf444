import type { Plugin } from 'vite';
export function cdnFirstRenderStatic(entry: string): Plugin;
