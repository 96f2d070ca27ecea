/** Soft clinical lighting: a sky/ground fill and a warm key light from above and in front. */
export default function Lights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9a88a', 1.4]} />
      <directionalLight position={[220, 320, 260]} intensity={1.8} />
      <directionalLight position={[-200, -60, -180]} intensity={0.5} />
    </>
  );
}
