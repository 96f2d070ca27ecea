/**
 * Proves the island pipeline end to end: an MDX article hydrates this React component,
 * which draws with React Three Fiber and redraws when its slider moves.
 * It is replaced by the hip visualizer.
 */
import { useId, useState } from 'react';
import { Canvas } from '@react-three/fiber';

export default function PipelineDemo() {
  const [angleDeg, setAngleDeg] = useState(20);
  const id = useId();
  const angle = (angleDeg * Math.PI) / 180;
  return (
    <figure className="wide pipeline-demo">
      <div style={{ aspectRatio: '16 / 9', background: '#f1eee7', borderRadius: 10 }}>
        <Canvas frameloop="demand" dpr={[1, 2]} camera={{ position: [0, 0, 4] }} data-testid="demo-canvas">
          <ambientLight intensity={0.6} />
          <directionalLight position={[2, 3, 4]} intensity={1.4} />
          <mesh rotation={[angle / 2, angle, 0]}>
            <torusKnotGeometry args={[0.8, 0.28, 128, 24]} />
            <meshStandardMaterial color="#c0267e" roughness={0.5} />
          </mesh>
        </Canvas>
      </div>
      <label htmlFor={id}>Turn the shape: {angleDeg}°</label>
      <input
        id={id}
        type="range"
        min={0}
        max={180}
        value={angleDeg}
        onChange={(e) => setAngleDeg(Number(e.currentTarget.value))}
      />
    </figure>
  );
}
