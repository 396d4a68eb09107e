/** One thing wrong with a data module: where it is, what was found, and what was expected. */
export interface DataProblem {
  /** Path into the data, e.g. `staff[2].name`. */
  path: string;
  value: unknown;
  message: string;
}

/** Thrown when a show module does not match the schema; the page shows its problems. */
export class ShowDataError extends Error {
  override readonly name = 'ShowDataError';
  readonly problems: DataProblem[];

  constructor(showId: string, problems: DataProblem[]) {
    super(`The data for "${showId}" is broken: ${problems.map(describeProblem).join('; ')}`);
    this.problems = problems;
  }
}

export function describeProblem(problem: DataProblem): string {
  return `${problem.path} ${problem.message} (found ${formatValue(problem.value)})`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
