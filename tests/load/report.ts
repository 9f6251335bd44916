// One table for every scenario's figures; a row with a goal says whether it was met.
export interface Row {
  scenario: string
  figure: string
  value: string
  goal?: string
  /** Undefined: a figure only, no goal. */
  isMet?: boolean
}

export const row = (
  scenario: string,
  figure: string,
  value: string | number,
  check?: { goal: string; isMet: boolean },
): Row => ({ scenario, figure, value: String(value), ...check })

export const printTable = (rows: readonly Row[]): void => {
  console.table(
    rows.map((r) => ({
      scenario: r.scenario,
      figure: r.figure,
      value: r.value,
      goal: r.goal ?? '',
      result: r.isMet === undefined ? '' : r.isMet ? 'ok' : 'FAILED',
    })),
  )
}

export const failuresOf = (rows: readonly Row[]): Row[] => rows.filter((r) => r.isMet === false)

/** Markdown, for docs/operations.md. */
export const markdownTable = (rows: readonly Row[]): string =>
  [
    '| scenario | figure | value | goal | result |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.figure} | ${r.value} | ${r.goal ?? ''} | ${
          r.isMet === undefined ? '' : r.isMet ? 'ok' : 'FAILED'
        } |`,
    ),
  ].join('\n')
