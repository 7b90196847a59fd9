// Prints the ruleset as Markdown tables (npm run ruleset). docs/ruleset.md is this output:
// `npm run ruleset > docs/ruleset.md` after changing the ruleset; a test keeps them equal.
import { DEFAULT_RULESET } from '../renderer/domain'
import { rulesetAsMarkdown } from './ruleset-table'

process.stdout.write(rulesetAsMarkdown(DEFAULT_RULESET))
