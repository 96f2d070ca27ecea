/**
 * What kind of source each cited key is, recorded once for the whole site: a study of
 * people or donated bodies, or a review of such studies ("measured"), or advice and
 * information from a health service, a professional body, an expert panel or a clinical
 * reference text such as a medical manual ("guideline"). A statement
 * labelled with one kind cites only sources of that kind (tests/unit/claimKinds.test.ts),
 * and every key here has its entry, with what was verified, in docs/sources.md.
 */
import type { SourceKind } from './claimKinds';

export const SOURCE_KINDS: Readonly<Record<string, SourceKind>> = {
  // Studies in people or donated bodies, and reviews of them.
  agricola2013: 'measured',
  agricola2014: 'measured',
  albertoni2022: 'measured',
  ashwell2016: 'measured',
  calatayud2015: 'measured',
  charlton2015: 'measured',
  diamond2015: 'measured',
  diamond2017: 'measured',
  frank2015: 'measured',
  godbold2025: 'measured',
  griffin2018: 'measured',
  hall2017: 'measured',
  hemmerich2006: 'measured',
  kemp2020review: 'measured',
  kim2015: 'measured',
  kouyoumdjian2012: 'measured',
  lamontagne2009: 'measured',
  martin2008: 'measured',
  moreside2012: 'measured',
  moreside2013: 'measured',
  ng2019: 'measured',
  notzli2002: 'measured',
  palmer2019: 'measured',
  register2012: 'measured',
  reiman2015: 'measured',
  roach2013: 'measured',
  robertson2017: 'measured',
  tan2001: 'measured',
  tannast2015: 'measured',
  vanarkel2015: 'measured',
  zawadka2020: 'measured',
  zhou2021: 'measured',
  // Advice and information: health services, professional bodies, expert panels, clinical manuals.
  acsm2021: 'guideline',
  'cardiffvale-perthes': 'guideline',
  'cuh-pgp': 'guideline',
  'dynamic-hip': 'guideline',
  enseki2014: 'guideline',
  'exeter-gp': 'guideline',
  garber2011: 'guideline',
  griffin2016: 'guideline',
  kemp2020consensus: 'guideline',
  'leeds-thr': 'guideline',
  mountjoy2023: 'guideline',
  'msd-osteonecrosis': 'guideline',
  'msd-scfe': 'guideline',
  'nca-pgp': 'guideline',
  'neec-hip': 'guideline',
  'nhs-borders-hernia': 'guideline',
  'nhs-cornwall-child': 'guideline',
  'nhs-ggc-redflags': 'guideline',
  'nhs-glos-redflags': 'guideline',
  'nhs-hernia': 'guideline',
  'nhs-notts-limp': 'guideline',
  'nice-ng65': 'guideline',
  'nwbh-hip': 'guideline',
  'pch-sufe': 'guideline',
  'qld-sufe': 'guideline',
  'rch-sufe': 'guideline',
  'royalfree-ces': 'guideline',
  'spire-hips': 'guideline',
  'vita-joint': 'guideline',
  wall2016: 'guideline',
  weir2015: 'guideline',
};

/** The recorded kind of a source key, or undefined when it has none (a test fails on that). */
export function sourceKind(key: string): SourceKind | undefined {
  return Object.hasOwn(SOURCE_KINDS, key) ? SOURCE_KINDS[key] : undefined;
}
