/** Small form controls shared by the inspector and any other form of the app. */
import './forms.css';
export { Button, RemoveButton } from './Button';
export { CheckboxField } from './CheckboxField';
export { NumberField } from './NumberField';
export { ProblemRow } from './problems';
export { EmptyNote, FieldRow, Section } from './Section';
export { SelectField, type Option } from './SelectField';
export { DraftTextField, LinesField, PairsField, TextField } from './TextField';
export type { Refusal } from './useDraft';
export { Modal } from './Modal';
