import { useTranslation } from 'react-i18next'
import type { SkillDomainId } from '../../../../domain/model/enums'
import type { Citation } from '../../../../domain/ruleset/citation'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName, domainName, joinList } from '../../../reasons/names'
import { GroupIssues, NumberField } from '../RuleField'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { useFieldLabel } from '../field-label'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useDraftSelector, useRulesetInUse } from '../use-rules-draft'

/** The points beyond the domains: breadth, a PhD in the field, leadership, hub city, in-field move. */
export function ModifiersSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  // The sentences name levels the user may be editing: read them from the draft.
  const breadthLevel = useDraftSelector((draft) => draft.ruleset.modifiers.breadth.minLevel)
  const transitionLevel = useDraftSelector(
    (draft) => draft.ruleset.modifiers.inFieldTransition.minLevel,
  )
  const { breadth, phdInField, yearsNotEnough, leadership, hubCity, inFieldTransition } =
    ruleset.modifiers
  // Sentences use the domains' short names ("Fine-tuning", "推理加速").
  const domainNames = (ids: readonly SkillDomainId[], type: 'conjunction' | 'disjunction') =>
    new Intl.ListFormat(language, { type }).format(ids.map((id) => domainName(t, id)))
  const show = (rule: { id: string; citation: Citation }, title: string, text: string) =>
    matches([rule.id, title, text, ...citationWords(rule.citation)])
  const points = t('rules.sections.modifiers.points')
  const key = 'rules.sections.modifiers' as const
  // Fields whose short label repeats under several rules ("Points") are named with their rule
  // for assistive technology: four were all "Points" (new-user trial 8).
  const fieldLabel = useFieldLabel()
  const named = (path: string, field: string) => ({
    label: fieldLabel(path),
    shownLabel: field,
  })

  const blocks = [
    {
      rule: breadth,
      title: t(`${key}.breadth.title`),
      text: t(`${key}.breadth.text`, {
        domains: domainNames(breadth.domains, 'conjunction'),
        minLevel: breadthLevel,
      }),
      fields: (
        <>
          <NumberField
            path="modifiers.breadth.minLevel"
            {...named('modifiers.breadth.minLevel', t(`${key}.breadth.minLevelLabel`))}
            visibleLabel
          />
          {breadth.pointsByCount.map((_, count) => (
            <NumberField
              key={count}
              path={`modifiers.breadth.pointsByCount.${String(count)}`}
              label={fieldLabel(`modifiers.breadth.pointsByCount.${String(count)}`)}
              visibleLabel
            />
          ))}
        </>
      ),
      after: (
        <GroupIssues path="modifiers.breadth.pointsByCount" label={t(`${key}.breadth.title`)} />
      ),
    },
    {
      rule: phdInField,
      title: t(`${key}.phdInField.title`),
      text: t(`${key}.phdInField.text`),
      fields: (
        <NumberField
          path="modifiers.phdInField.points"
          {...named('modifiers.phdInField.points', points)}
          visibleLabel
        />
      ),
    },
    {
      rule: yearsNotEnough,
      title: t(`${key}.yearsNotEnough.title`),
      text: t(`${key}.yearsNotEnough.text`),
      fields: (
        <NumberField
          path="modifiers.yearsNotEnough.minYears"
          label={fieldLabel('modifiers.yearsNotEnough.minYears')}
          visibleLabel
        />
      ),
    },
    {
      rule: leadership,
      title: t(`${key}.leadership.title`),
      text: t(`${key}.leadership.text`),
      fields: (
        <>
          <NumberField
            path="modifiers.leadership.pointsForOne"
            label={fieldLabel('modifiers.leadership.pointsForOne')}
            visibleLabel
          />
          <NumberField
            path="modifiers.leadership.pointsForTwoOrMore"
            label={fieldLabel('modifiers.leadership.pointsForTwoOrMore')}
            visibleLabel
          />
        </>
      ),
    },
    {
      rule: hubCity,
      title: t(`${key}.hubCity.title`),
      text: t(`${key}.hubCity.text`, {
        cities: joinList(
          hubCity.cityIds.map((id) => cityName(ruleset, id, language)),
          language,
        ),
      }),
      fields: (
        <NumberField
          path="modifiers.hubCity.points"
          {...named('modifiers.hubCity.points', points)}
          visibleLabel
        />
      ),
    },
    {
      rule: inFieldTransition,
      title: t(`${key}.inFieldTransition.title`),
      text: t(`${key}.inFieldTransition.text`, {
        domains: domainNames(inFieldTransition.domains, 'disjunction'),
        minLevel: transitionLevel,
      }),
      fields: (
        <>
          <NumberField
            path="modifiers.inFieldTransition.minLevel"
            {...named(
              'modifiers.inFieldTransition.minLevel',
              t(`${key}.inFieldTransition.minLevelLabel`),
            )}
            visibleLabel
          />
          <NumberField
            path="modifiers.inFieldTransition.points"
            {...named('modifiers.inFieldTransition.points', points)}
            visibleLabel
          />
        </>
      ),
    },
  ].filter((block) => show(block.rule, block.title, block.text))
  if (blocks.length === 0) return null

  return (
    <RulesSection id="modifiers" intro={t(`${key}.intro`)}>
      <div className="rule-blocks">
        {blocks.map((block) => (
          <RuleBlock
            key={block.rule.id}
            title={block.title}
            text={block.text}
            citation={block.rule.citation}
            assumption={block.rule.assumption}
          >
            {block.fields}
            {block.after}
          </RuleBlock>
        ))}
      </div>
    </RulesSection>
  )
}
