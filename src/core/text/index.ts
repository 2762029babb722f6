// Text matching for the rules: fold a text, compile phrase lists (syntax: ./compile.ts), find them within sentences.
export { fold, prepare, MASKED_Q, MARKDOWN_LINK } from './fold';
export { literal } from './compile';
export { PhraseSet, phrases, endsRightBefore, type Hit } from './phrase-set';
export { sentences, sameClause, clauseAround, clauses, someClause, gapWords, clauseStartBefore, wordsBeforeStart, wordsAfterEnd, type Span } from './sentences';
