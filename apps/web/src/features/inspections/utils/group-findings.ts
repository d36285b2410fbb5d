import { type Finding, type ParArea, parAreas } from '@partrack/contracts';

export interface FindingArea {
  /** null for findings no PAR area fits. */
  parArea: ParArea | null;
  strengths: Finding[];
  limitations: Finding[];
}

/** Findings by PAR area, in the order of the PAR Index, strengths apart from limitations; untagged last. */
export function groupFindings(findings: Finding[]): FindingArea[] {
  const order: (ParArea | null)[] = [...parAreas, null];
  return order.flatMap((parArea) => {
    const inArea = findings.filter((finding) => finding.parArea === parArea);
    if (inArea.length === 0) return [];
    return [
      {
        parArea,
        strengths: inArea.filter((finding) => finding.kind === 'strength'),
        limitations: inArea.filter((finding) => finding.kind === 'limitation'),
      },
    ];
  });
}
