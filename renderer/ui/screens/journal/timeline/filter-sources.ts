/**
 * What the timeline reads only once its first screen is painted: the tags, skills and offers its
 * filters offer, and the journal's writes (to search again). Loaded then, as a chunk of its own:
 * the repositories' modules bring the records' validation and, for the skill snapshots they
 * write, the engine and its ruleset, none of which the first rows need.
 */
export { onJournalChange, tagsInUse } from '../../../../data/repositories/journal'
export { listOffers } from '../../../../data/repositories/offers'
export { listSkills } from '../../../../data/repositories/skills'
