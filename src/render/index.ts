/** Renderers of an `Analysis`: text tree (ASCII/Unicode), Mermaid, DOT. */
export { renderTree, type TreeOptions } from './tree.js';
export { renderMermaid, renderDot } from './graph.js';
export { layoutAnalysis, namespaceTitle, processTitle, type NamespaceNode, type ProcessAtLevel, type RenderOptions } from './layout.js';
