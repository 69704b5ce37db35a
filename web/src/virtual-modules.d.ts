/** Modules made at build time by web/vite.config.ts. */
declare module 'virtual:country-outlines' {
  /** URL of the country outlines as GeoJSON (world-atlas 1:50m, converted from TopoJSON). */
  const url: string;
  export default url;
}
