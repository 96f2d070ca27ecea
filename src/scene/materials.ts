/** The scene's palette (../shared/DESIGN.md): warm ivory bone, blue-grey cartilage, teal labrum, one accent. */
export const COLOURS = {
  bone: '#ede3cf',
  boneShade: '#d9cbb0',
  cartilage: '#c9d6e3',
  labrum: '#5e9c97',
  accent: '#c0267e',
  near: '#e07b00',
  trace: '#3f4fa8',
} as const;
