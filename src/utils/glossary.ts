/**
 * The glossary: every term the articles link to on first use (`<Term id="…">`), in plain
 * words. The glossary page lists them in this order; `Term` refuses an id that is not here,
 * so a typo fails the build instead of making a dead link. Definitions carry no numbers:
 * numbers need a citation, and those live in the articles.
 */
export interface GlossaryEntry {
  /** The anchor on /glossary/ (lower-case letters, digits and dashes). */
  id: string;
  term: string;
  /** One or two short sentences a patient can read. */
  definition: string;
  /** Other names a reader may meet. */
  alsoCalled?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'hip-flexion',
    term: 'Hip flexion',
    definition: 'Bending at the hip, so the thigh comes closer to the belly.',
  },
  {
    id: 'internal-rotation',
    term: 'Hip internal rotation',
    definition:
      'The thigh rolling in, toward the middle of the body. When you sit with your shins hanging, the foot swings out as the thigh rolls in.',
    alsoCalled: 'inward turn, inward rotation, IR',
  },
  {
    id: 'external-rotation',
    term: 'Hip external rotation',
    definition: 'The thigh rolling out, away from the middle of the body.',
    alsoCalled: 'outward turn, ER',
  },
  {
    id: 'dorsiflexion',
    term: 'Ankle dorsiflexion',
    definition:
      'The shin tipping forward over the foot, so the shin and the top of the foot come closer together.',
    alsoCalled: 'ankle bend',
  },
  {
    id: 'range-of-motion',
    term: 'Range of motion',
    definition: 'How far a joint can move in one direction, usually given in degrees.',
    alsoCalled: 'ROM',
  },
  {
    id: 'femur',
    term: 'Femur',
    definition: 'The thigh bone. Its top end is the ball of the hip joint.',
  },
  {
    id: 'femoral-head',
    term: 'Femoral head',
    definition: 'The ball at the top of the thigh bone. It sits in the socket of the pelvis.',
    alsoCalled: 'the ball',
  },
  {
    id: 'femoral-neck',
    term: 'Femoral neck',
    definition:
      'The short, narrower part of the thigh bone that joins the ball to the rest of the bone.',
  },
  {
    id: 'acetabulum',
    term: 'Acetabulum',
    definition: 'The cup-shaped socket in the pelvis that holds the ball of the thigh bone.',
    alsoCalled: 'the socket',
  },
  {
    id: 'labrum',
    term: 'Labrum',
    definition:
      'A ring of tough, bendy tissue along the edge of the socket. It makes the socket a little deeper and helps seal the joint.',
  },
  {
    id: 'capsule',
    term: 'Hip capsule',
    definition:
      'A tough sleeve that wraps around the whole hip joint. Parts of it are thick, strong bands called ligaments.',
  },
  {
    id: 'posterior-capsule',
    term: 'Posterior capsule',
    definition: 'The back part of the hip capsule, on the buttock side of the joint.',
    alsoCalled: 'back of the capsule',
  },
  {
    id: 'ligament',
    term: 'Ligament',
    definition:
      'A strong band of tissue that joins one bone to another and limits how far a joint moves.',
  },
  {
    id: 'ischiofemoral-ligament',
    term: 'Ischiofemoral ligament',
    definition: 'A ligament at the back of the hip capsule. It tightens as the thigh rolls in.',
  },
  {
    id: 'impingement',
    term: 'Impingement',
    definition:
      'In the hip: the front of the thigh-bone neck meeting the rim of the socket, or the labrum on that rim, at the end of a movement.',
  },
  {
    id: 'fai-syndrome',
    term: 'FAI syndrome',
    definition:
      'Femoroacetabular impingement syndrome: hip pain linked to impingement. Doctors use the name only when symptoms, an examination and scans all point the same way.',
  },
  {
    id: 'cam',
    term: 'Cam shape',
    definition:
      'A bump where the ball of the thigh bone meets its neck, so the ball is less round than usual.',
    alsoCalled: 'cam morphology',
  },
  {
    id: 'pincer',
    term: 'Pincer shape',
    definition: 'A socket whose rim covers more of the ball than usual.',
    alsoCalled: 'pincer morphology, over-coverage',
  },
  {
    id: 'alpha-angle',
    term: 'Alpha angle',
    definition:
      'A measurement taken from a scan that shows how round the top of the thigh bone is. A larger angle means a bigger bump.',
  },
  {
    id: 'centre-edge-angle',
    term: 'Centre-edge angle',
    definition:
      'A measurement taken from an X-ray that shows how far the socket reaches over the ball from above.',
  },
  {
    id: 'fadir',
    term: 'FADIR test',
    definition:
      'A test a clinician does with you lying on your back: the hip is bent, the knee is moved across the body and the thigh is rolled in. It can flag a problem but cannot confirm one.',
  },
  {
    id: 'compensation',
    term: 'Compensation',
    definition:
      'A change in another part of the body that makes room when a joint runs short of movement.',
  },
  {
    id: 'knee-flare',
    term: 'Knee flare',
    definition: 'The knees pushing out, wider than the feet point, during a squat.',
  },
  {
    id: 'lumbar-extension',
    term: 'Lumbar extension',
    definition: 'The low back arching, so the top of the pelvis tips forward.',
    alsoCalled: 'low-back arch',
  },
  {
    id: 'butt-wink',
    term: 'Butt wink',
    definition: 'The pelvis tucking under at the bottom of a squat, so the low back rounds.',
    alsoCalled: 'posterior pelvic tilt',
  },
  {
    id: 'pelvic-tilt',
    term: 'Pelvic tilt',
    definition:
      'The pelvis tipping forward or back, like a bowl tipping its contents out the front or the back.',
  },
  {
    id: 'inclinometer',
    term: 'Inclinometer',
    definition:
      'A tool that measures an angle against gravity. Many phones have one in a level or measure app.',
  },
  {
    id: 'goniometer',
    term: 'Goniometer',
    definition: 'A hinged ruler with a protractor that clinicians use to measure joint angles.',
  },
  {
    id: 'cadaver-study',
    term: 'Cadaver study',
    definition:
      'A study of joints from bodies donated to science. It shows what tissues do, but not how they behave in a living, moving person.',
  },
  {
    id: 'mri',
    term: 'MRI scan',
    definition:
      'A scan that uses a strong magnet to make detailed pictures of bone and soft tissue, without X-rays.',
  },
  {
    id: 'osteoarthritis',
    term: 'Osteoarthritis',
    definition:
      'Changes in a joint, where the smooth cartilage thins and the joint can become stiff and sore.',
  },
  {
    id: 'scfe',
    term: 'Slipped upper femoral epiphysis',
    definition:
      'A hip problem in growing children and teenagers: the ball slips on the growth plate at the top of the thigh bone. It can show up as knee pain and a limp.',
    alsoCalled: 'SUFE, SCFE, slipped capital femoral epiphysis',
  },
  {
    id: 'sit-bones',
    term: 'Sit bones',
    definition:
      'The two bony points at the bottom of the pelvis, under the buttocks, that take your weight when you sit up straight.',
    alsoCalled: 'ischial tuberosities',
  },
  {
    id: 'growth-plate',
    term: 'Growth plate',
    definition:
      'A layer of softer, growing tissue near the end of a bone in children and teenagers. The bone grows longer there, and the layer turns to bone when growth stops.',
    alsoCalled: 'physis',
  },
  {
    id: 'perthes',
    term: 'Perthes’ disease',
    definition:
      'A rare childhood condition in which the ball of the hip loses part of its blood supply for a time.',
  },
  {
    id: 'hip-replacement',
    term: 'Hip replacement',
    definition: 'An operation that replaces the ball, the socket or both with artificial parts.',
  },
  {
    id: 'physical-therapist',
    term: 'Physical therapist',
    definition:
      'A health professional who assesses and treats movement problems, mostly with exercise and advice.',
    alsoCalled: 'physiotherapist, physio, PT',
  },
  {
    id: 'goblet-squat',
    term: 'Goblet squat',
    definition: 'A squat done while holding one weight close to the chest with both hands.',
  },
  {
    id: 'the-post',
    term: 'The post',
    definition:
      'The blog post this site is built from: a short article by a physical therapist about deep squats and the hip’s inward turn. The site marks its views as clinical opinion.',
  },
  {
    id: 'screening-test',
    term: 'Screening test',
    definition:
      'A quick test that flags who might have a problem and needs a closer look. A positive result is not a diagnosis.',
  },
  {
    id: 'pooled-studies',
    term: 'Pooled studies',
    definition: 'The results of several studies combined into one estimate.',
    alsoCalled: 'meta-analysis',
  },
  {
    id: 'over-coverage',
    term: 'Over-coverage',
    definition:
      'A socket whose rim reaches further over the ball than usual. It is another name for a pincer shape.',
  },
  {
    id: 'knee-to-wall',
    term: 'Knee-to-wall test',
    definition:
      'A standing test of ankle bend: how far from a wall your big toe can be while your knee still touches the wall and your heel stays down.',
    alsoCalled: 'weight-bearing lunge test',
  },
  {
    id: 'stress-fracture',
    term: 'Stress fracture',
    definition:
      'A crack in a bone from loading it again and again without enough recovery. In the hip it often starts as groin pain when running.',
    alsoCalled: 'bone stress injury',
  },
  {
    id: 'hernia',
    term: 'Hernia',
    definition:
      'A bulge where tissue pushes through a weak spot in the wall of the belly. In the groin it is called an inguinal hernia.',
  },
  {
    id: 'tendon',
    term: 'Tendon',
    definition: 'A tough cord that joins a muscle to a bone.',
  },
  {
    id: 'dysplasia',
    term: 'Hip dysplasia',
    definition: 'A shallow socket that covers less of the ball than usual.',
  },
  {
    id: 'hypermobility',
    term: 'Hypermobility',
    definition: 'Joints that move further than most people’s.',
    alsoCalled: 'very bendy joints',
  },
  {
    id: 'avascular-necrosis',
    term: 'Avascular necrosis',
    definition:
      'Loss of the blood supply to part of the ball of the hip, so that some of the bone dies.',
    alsoCalled: 'osteonecrosis, AVN',
  },
  {
    id: 'inflammatory-arthritis',
    term: 'Inflammatory arthritis',
    definition:
      'Arthritis caused by the body’s immune system, such as rheumatoid arthritis. Stiffness that lasts a long time in the morning is a typical sign.',
  },
  {
    id: 'spondyloarthritis',
    term: 'Axial spondyloarthritis',
    definition:
      'An inflammatory arthritis of the spine and the joints at the back of the pelvis. It usually starts in young adults, with back pain and stiffness that ease when you move.',
    alsoCalled: 'axSpA, ankylosing spondylitis',
  },
  {
    id: 'osteoporosis',
    term: 'Osteoporosis',
    definition: 'Thin, weak bones that break more easily than usual.',
  },
  {
    id: 'fragility-fracture',
    term: 'Fragility fracture',
    definition:
      'A bone broken by a fall from standing height or less, which a healthy bone would survive.',
  },
  {
    id: 'cauda-equina',
    term: 'Cauda equina syndrome',
    definition:
      'Pressure on the bundle of nerves at the bottom of the spine. Numbness around the bottom or genitals, or changes in bladder or bowel control, need emergency care.',
  },
  {
    id: 'pelvic-girdle-pain',
    term: 'Pelvic girdle pain',
    definition: 'Pain at the front or back of the pelvis during pregnancy or after giving birth.',
    alsoCalled: 'PGP',
  },
  {
    id: 'rehabilitation',
    term: 'Rehabilitation',
    definition:
      'A planned programme of exercise and advice to recover from an injury, an illness or an operation.',
    alsoCalled: 'rehab',
  },
  {
    id: 'hip-abductors',
    term: 'Hip abductors',
    definition:
      'The muscles on the outer side of the hip. They lift the leg out to the side and keep the pelvis level when you stand on one leg.',
    alsoCalled: 'side of the hip',
  },
  {
    id: 'trunk',
    term: 'Trunk',
    definition: 'The body from the hips to the shoulders: the belly, the back and the sides.',
    alsoCalled: 'core',
  },
  {
    id: 'heel-wedge',
    term: 'Heel wedge',
    definition:
      'A wedge or plate under the heels that tips the foot forward, so the shin can lean further over it.',
  },
  {
    id: 'box-squat',
    term: 'Box squat',
    definition:
      'A squat down to a box or bench of a set height, touching or sitting on it briefly before standing up.',
  },
  {
    id: 'stance-width',
    term: 'Stance width',
    definition: 'How far apart the feet are.',
  },
  {
    id: 'foot-turn-out',
    term: 'Foot turn-out',
    definition: 'How far the toes point out from straight ahead.',
  },
  {
    id: 'measured',
    term: 'Measured in people',
    definition:
      'A statement this site bases on a published study of people (or donated bodies), or on a review of such studies, with a link to the study.',
  },
  {
    id: 'guideline',
    term: 'Guideline / consensus',
    definition:
      'A statement this site bases on advice or information from a health service, a professional body, a panel of experts or a clinical reference text such as a medical manual, with a link to it.',
  },
  {
    id: 'clinical-opinion',
    term: 'Clinical opinion',
    definition:
      'What some clinicians believe from experience. It may be good advice, but studies have not tested it.',
  },
  {
    id: 'model-estimate',
    term: 'Model estimate',
    definition:
      'A number from this site’s model hip: a simplified computer hip, not a measurement of a person. It shows ideas, not your hip.',
  },
];

const byId = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

export const GLOSSARY_PATH = '/glossary/';
