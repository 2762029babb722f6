// How a rule is written: `defineRule` infers the types of its messages and options from the tables it declares, so
// `ctx.messages` and `ctx.options` are typed in `check` without writing the types twice.
import type { Lang, OptionValues, OptionsSchema, Rule } from '../types';

export function defineRule<M, S extends OptionsSchema = Record<never, never>>(
  rule: Omit<Rule<M, OptionValues<S>>, 'messages' | 'options'> & { messages: Record<Lang, M>; options?: S },
): Rule<M, OptionValues<S>> {
  return rule;
}

/** A rule's messages in `lang`, English where that language is missing (the one place a language table is picked). */
export function messagesIn<M>(rule: Pick<Rule<M, never>, 'messages'>, lang: Lang): M {
  const table = rule.messages;
  return (table?.[lang] ?? table?.en) as M;
}
