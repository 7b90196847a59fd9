import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { checklistApplies } from '../../../../domain/risk/transition-risk'
import type { Assumption, Citation } from '../../../../domain/ruleset/citation'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { AnswerRadios } from './AnswerRadios'
import { answerCounts, tickedNames, tickedSummary } from './fold-state'
import { FormFold } from './FormFold'
import type { OfferFormFields } from './offer-form-fields'

const nameIn = (language: UiLanguage, rule: { nameZhHans: string; nameEn: string }) =>
  language === 'zh-CN' ? rule.nameZhHans : rule.nameEn

/** The article's sentence in the interface's language, shown on the item's source disclosure. */
export function sentenceOf(citation: Citation, language: UiLanguage): string | undefined {
  if (citation.source !== 'article') return undefined
  return language === 'zh-CN' ? `“${citation.quoteZhHans}”` : citation.paraphraseEn
}

/**
 * The article's five questions (L35), each yes / no / don't know, and its ways to ruin a
 * large-model company (L50) as red flags; every item with the sentence it comes from. Names,
 * points and sentences are the ruleset's, so a rule the user changed reads as changed. An
 * established business line is not asked the five questions (they weigh a new LLM business:
 * checklistApplies); its stored answers stay as they are, back if the kind changes back.
 */
export const ChecklistFields = memo(function ChecklistFields({ ruleset }: { ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  const { register, control } = useFormContext<OfferFormFields>()
  const [employerKind, answers, flagged] = useWatch({
    control,
    name: ['employerKind', 'checklist', 'redFlags'],
  })
  const applies = checklistApplies({ employerKind })
  const { checklist, redFlags } = ruleset.risk
  const first = checklist[0]
  const firstFlag = redFlags[0]
  return (
    <>
      <fieldset className="oe-group" aria-describedby={`${id}-checklist-hint`}>
        <legend>{t('offerEditor.groups.checklist')}</legend>
        <p id={`${id}-checklist-hint`} className="hint oe-group-hint">
          {applies
            ? t('offerEditor.checklist.hint', {
                no: first?.noPoints ?? 0,
                unknown: first?.unknownPoints ?? 0,
              })
            : t('offerEditor.checklist.notAsked')}
        </p>
        {applies ? (
          <FormFold
            summary={t('offerEditor.fold.answers', {
              state: answerCounts(
                answers,
                checklist.map((item) => item.id),
              )
                .map(({ answer, count }) => t(`offerEditor.fold.answerCount.${answer}`, { count }))
                .join(t('offerEditor.fold.separator')),
            })}
          >
            <div className="oe-questions">
              {checklist.map((item) => (
                <AnswerRadios
                  key={item.id}
                  name={`checklist.${item.id}`}
                  legend={nameIn(language, item)}
                >
                  <SourceLine
                    citation={item.citation}
                    assumption={item.assumption}
                    language={language}
                  />
                </AnswerRadios>
              ))}
            </div>
          </FormFold>
        ) : null}
      </fieldset>
      <fieldset className="oe-group" aria-describedby={`${id}-flags-hint`}>
        <legend>{t('offerEditor.groups.redFlags')}</legend>
        <p id={`${id}-flags-hint`} className="hint oe-group-hint">
          {t('offerEditor.redFlags.hint', {
            points: firstFlag?.points ?? 0,
            decline: ruleset.recommendation.declineAtRedFlags,
          })}
        </p>
        <FormFold
          summary={tickedSummary(
            t,
            tickedNames(
              flagged,
              redFlags.map((flag) => ({ id: flag.id, name: nameIn(language, flag) })),
            ),
          )}
        >
          <ul className="oe-flags">
            {redFlags.map((flag) => (
              <li key={flag.id} className="oe-flag">
                <input
                  id={`${id}-${flag.id}`}
                  type="checkbox"
                  value={flag.id}
                  {...register('redFlags')}
                />
                <label htmlFor={`${id}-${flag.id}`}>{nameIn(language, flag)}</label>
                <div className="oe-flag-source">
                  <SourceLine
                    citation={flag.citation}
                    assumption={flag.assumption}
                    language={language}
                  />
                </div>
              </li>
            ))}
          </ul>
        </FormFold>
      </fieldset>
    </>
  )
})

/** The item's sentence as the disclosure's label: the whole source opens beneath it. */
function SourceLine({
  citation,
  assumption,
  language,
}: {
  citation: Citation
  assumption: Assumption | undefined
  language: UiLanguage
}) {
  const summary = sentenceOf(citation, language)
  return summary === undefined ? (
    <CitationView citation={citation} assumption={assumption} />
  ) : (
    <CitationView citation={citation} assumption={assumption} summary={summary} />
  )
}
