import './form.css'

/** A field's error in the user's language, beside it; nothing while there is none. */
export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null
}
