/** Modules the page imports that ship no types. */

/** cytoscape-fcose: a Cytoscape extension (`cytoscape.use(fcose)`). */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

/** The page's stylesheet: esbuild bundles it into explorer.css. */
declare module '*.css';
