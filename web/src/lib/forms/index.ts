/** Forms on the web: one submit / validate / field-errors / 409 primitive on the shared zod schemas. */
export {
  useSchemaForm,
  schemaValidation,
  type FormProblem,
  type RequestSchema,
  type SchemaForm,
  type SchemaFormOptions,
  type Validation,
} from './use-schema-form';
export { FormProblemAlert } from './form-problem';
export { DialogForm } from './dialog-form';
