/** Modules made at build time by web/vite.config.ts. */
declare module 'virtual:country-outlines' {
  /** URL of the country outlines as GeoJSON, world-atlas 1:110m (converted from TopoJSON). */
  export const coarse: string;
  /** The same at 1:50m. */
  export const fine: string;
}
