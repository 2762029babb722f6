// 繁體中文：玩笑、賣萌或輕描淡寫的用語（PM008）。
import type { ToneLexicon } from '../types';

export const tone: ToneLexicon = {
  cute: [
    '小插曲', '小狀況', '小毛病', '一點小問題', '小問題而已', '只是個小問題', '小意外', '鬧脾氣', '鬧情緒', '開小差',
    '打了個盹', '打盹', '偷懶', '罷工了', '哎呀', '哎喲', '啊哦', '嗚嗚', '別慌', '莫慌', '問題不大', '沒什麼大不了',
    '小場面',
    // minimising the impact: "only minimal impact on a few systems"
    '影響甚微', '影響微乎其微', '僅造成輕微影響', '只有輕微影響',
  ],
  laughter: ['哈哈', '呵呵', '嘿嘿', '嘻嘻', '笑死'],
};
