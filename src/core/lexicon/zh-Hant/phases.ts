// Traditional Chinese phase words of a status update heading.
import type { PhaseLexicon } from '../types';

export const phases: PhaseLexicon = {
  investigating: ['調查中', '正在調查', '排查中', '正在排查', '調查', '原始訊息', '首次通報'],
  identified: ['已確認', '已定位', '已查明', '已找到原因', '已識別', '修復中'],
  monitoring: ['監控中', '觀察中', '持續監控', '監控', '恢復中'],
  resolved: ['已解決', '已恢復', '已修復', '已結束'],
};
