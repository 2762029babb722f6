// The one markdown-it instance of the model. Only the block pass runs (normalize + block rules): the model needs
// block structure and line maps, not inline children, and skipping the inline pass keeps us under the parse floor.
import markdownit from 'markdown-it';

type MarkdownIt = ReturnType<typeof markdownit>;
export type Token = ReturnType<MarkdownIt['parse']>[number];
type StateBlock = InstanceType<MarkdownIt['block']['State']>;

/**
 * A block token with the fields of markdown-it's `Token`, set by plain assignments. markdown-it's own constructor
 * defines each field through a generic property-definition helper, a large part of the parse time; the block rules
 * only assign fields (they call no Token method), and these tokens never leave the model.
 */
class BlockToken {
  map: [number, number] | null = null;
  level = 0;
  children: null = null;
  content = '';
  markup = '';
  info = '';
  block = true;
  hidden = false;
  attrs: [string, string][] | null = null;
  constructor(public type: string, public tag: string, public nesting: -1 | 0 | 1) {}
}

/**
 * Called for each block token in document order, with the token after it already complete (`tokens[i + 1]`, the
 * inline content of a heading or paragraph) and the one before it still readable; returns how many of the following
 * tokens it consumed with it.
 */
export type TokenVisit = (tokens: readonly Token[], i: number) => number;

/** What stands in the token list for a token already walked: the list rule still reads `level` and `type` back. */
const WALKED = new BlockToken('', '', 0) as unknown as Token;
WALKED.level = -1;

/** Tokens pushed between two walks of what is complete: small, so the walked tokens die young. */
const WALK_BATCH = 256;

/** Tokens in a list before it is dropped at the end of a top-level block: a 10 KB document keeps one list. */
const CHUNK_TOKENS = 2000;

interface WalkingState extends StateBlock {
  /** The first line markdown-it left without tokens because the blocks around it are nested too deep (or -1). */
  nestingStop: number;
  walked: number;
  released: number;
  batch: number;
  visit: TokenVisit;
  walkUpTo(limit: number): void;
}

let md: MarkdownIt | undefined;
let WalkingStateClass: (new (src: string, md: MarkdownIt, env: unknown, tokens: Token[]) => WalkingState) | undefined;

function instance(): MarkdownIt {
  if (!md) {
    md = markdownit('default', { html: true, linkify: false, typographer: false });
    md.core.ruler.enableOnly(['normalize', 'block']);
    // markdown-it stops reading the content of a block nested `maxNesting` (100) levels deep: its tokenize leaves the
    // rest of the range without tokens. Where that first happens is kept, so the text is reported as not checked.
    const tokenize = md.block.tokenize;
    md.block.tokenize = function (this: MarkdownIt['block'], state: StateBlock, startLine: number, endLine: number) {
      const walking = state as WalkingState;
      if (state.level >= state.md.options.maxNesting && walking.nestingStop < 0) {
        const line = state.skipEmptyLines(startLine);
        if (line < endLine && state.sCount[line] >= state.blkIndent) walking.nestingStop = line;
      }
      return tokenize.call(this, state, startLine, endLine);
    };
    WalkingStateClass = class extends md.block.State {
      nestingStop = -1;
      walked = 0;
      released = 0;
      batch = WALK_BATCH;
      visit: TokenVisit = () => 0;

      // markdown-it's StateBlock.push, building a BlockToken instead of a Token; every token before the new one is
      // complete (its rule has moved on), so what came before is walked now, in batches.
      override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
        if (this.tokens.length - this.walked >= this.batch) this.walkUpTo(this.tokens.length - 1);
        const token = new BlockToken(type, tag, nesting);
        if (nesting < 0) this.level--;
        token.level = this.level;
        if (nesting > 0) this.level++;
        this.tokens.push(token as unknown as Token);
        return token as unknown as Token;
      }

      /** Visits the tokens before `limit` not yet visited, then lets go of all but the last two of them. */
      walkUpTo(limit: number): void {
        const tokens = this.tokens;
        while (this.walked < limit) this.walked += 1 + this.visit(tokens, this.walked);
        for (const keep = Math.min(this.walked, tokens.length) - 2; this.released < keep; this.released++) tokens[this.released] = WALKED;
      }
    } as unknown as typeof WalkingStateClass;
  }
  return md;
}

/**
 * Walks the block tokens of the body, with the document's own line numbers in their maps: markdown-it's own
 * normalize step (its core rule 'normalize'), then its block pass, from the body's first line when there is front
 * matter. The tokens are those of the text with blank lines in place of the front matter (no block rule looks above
 * the line it starts at), without building and copying that second text.
 *
 * Tokens are walked while markdown-it is still parsing (a few hundred at a time) and dropped once walked, so they die
 * young instead of being copied by every young-generation collection until promoted, even inside one long block (a
 * list of 20,000 items is one block: walking only between blocks kept all its tokens alive, and the collector's
 * copying of them was half the parse time). markdown-it reads back only the `level`, `type` and `hidden` of the
 * tokens of a list it is closing (to mark tight paragraphs), which the stand-in answers. This is markdown-it 15's own
 * top-level loop (`ParserBlock.tokenize`, pinned version), so every block ends where markdown-it ends it.
 *
 * Returns the first line markdown-it did not read because of its nesting limit, or undefined when it read everything.
 */
export function walkBlockTokens(
  text: string, bodyStartLine: number, visit: TokenVisit,
  /** How often to walk and to start a new list (tests make them 1 to walk after every token and every block). */
  sizes: { batch: number; chunk: number } = { batch: WALK_BATCH, chunk: CHUNK_TOKENS },
): number | undefined {
  const parser = instance();
  let body = text;
  // A byte order mark would hide a first-line heading from markdown-it; a space keeps every offset in place.
  if (bodyStartLine === 0 && body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  const src = body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const state = new WalkingStateClass!(src, parser, {}, []);
  state.visit = visit;
  state.batch = sizes.batch;
  const rules = parser.block.ruler.getRules('');
  const maxNesting = parser.options.maxNesting;
  const endLine = state.lineMax;
  let line = Math.min(bodyStartLine, endLine);
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) break;
    if (state.sCount[line] < state.blkIndent) break;
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < rules.length; i++) {
      ok = rules[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
        break;
      }
    }
    if (!ok) throw new Error('none of the block rules matched');
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
    // Between two top-level blocks every token is complete and no rule will read one back: a new list.
    if (state.tokens.length >= sizes.chunk) {
      state.walkUpTo(state.tokens.length);
      state.tokens = [];
      state.walked = state.released = 0;
    }
  }
  state.walkUpTo(state.tokens.length);
  return state.nestingStop >= 0 ? state.nestingStop : undefined;
}
