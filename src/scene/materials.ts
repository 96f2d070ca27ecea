/**
 * Drawing order and layers of the 3D scene. Colours come from the figure's palettes
 * (src/drawing/palette.ts), one per scheme.
 */

/**
 * Three.js layers: the close-up shows the ball, the neck, the socket and the labrum, without
 * the capsule or the rest of the hip bone (which would hide the pinch), with its own marker.
 */
export const LAYER = { bones: 0, capsule: 1, marker: 2, insetMarker: 3, pelvis: 4 } as const;

/** Outline thickness around bone, mm. */
export const OUTLINE_MM = 0.8;
