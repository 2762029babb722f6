// 简体中文：玩笑、卖萌或轻描淡写的用语（PM008）。
import type { ToneLexicon } from '../types';

export const tone: ToneLexicon = {
  cute: [
    '小插曲', '小状况', '小毛病', '一点小问题', '小问题而已', '只是个小问题', '小意外', '闹脾气', '闹情绪', '开小差',
    '打了个盹', '打盹', '偷懒', '罢工了', '哎呀', '哎哟', '啊哦', '呜呜', '么么哒', '小可爱', '别慌', '莫慌',
    '问题不大', '没什么大不了', '小场面',
    // minimising the impact: "only minimal impact on a few systems"
    '影响甚微', '影响微乎其微', '仅造成轻微影响', '只有轻微影响',
  ],
  laughter: ['哈哈', '呵呵', '嘿嘿', '嘻嘻', '笑死', '233'],
};
