import { useStoreApi } from '../../store';
import { Button } from '../forms';
import { useEdit } from './useEdit';

/** The form's own Delete, for people who look for it there rather than in the toolbar. */
export function DeleteEntity({ id, label }: { id: string; label: string }) {
  const store = useStoreApi();
  const edit = useEdit();
  return (
    <div className="form-actions">
      <Button
        variant="danger"
        onClick={() => {
          if (!edit({ type: 'remove', ids: [id] })) store.getState().select([]);
        }}
      >
        {label}
      </Button>
    </div>
  );
}
