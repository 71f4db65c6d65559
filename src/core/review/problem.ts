/** A problem in review input, naming the field it is about (the shape of src/errors.ts's Problem, kept here so the core imports nothing outside it). */
export interface Problem {
  field?: string;
  message: string;
}
