/**
 * A rule's id under its name (`llm-training`): the key an exported rules file and "Find a rule"
 * use, so it stays on screen, but hidden from assistive technology. A row header read it after
 * the name ("LLM (pre)training, distributed training llm-training"), which says nothing new.
 */
export function RuleId({ id }: { id: string }) {
  return (
    <span className="rule-id" aria-hidden="true" translate="no">
      {id}
    </span>
  )
}
