/**
 * Short, plausible appeal summaries in Chinese. Built only from places and
 * problems, never people: no names, phone numbers or ID numbers can appear.
 */
import { pick, type Random } from './random';

/** Where in a town an appeal is about. */
// prettier-ignore
const SPOTS = [
  '农贸市场', '小区门口', '学校路口', '公交站旁', '老街', '安置小区', '村委附近', '卫生院门口',
  '沿河步道', '工业园区路段', '菜市场后巷', '商贸城停车场', '新建小区', '街心广场',
] as const;

/** Problems by category, as residents phrase them. Categories an operator adds get the generic ones. */
// prettier-ignore
const PROBLEMS: Readonly<Record<string, readonly string[]>> = {
  市容市貌: [
    '路灯不亮', '占道经营', '垃圾未及时清运', '门口积水', '绿化带杂草丛生', '广告牌破损松动',
    '井盖缺失', '乱贴小广告', '道路坑洼', '建筑垃圾乱堆', '排水沟堵塞发臭', '共享单车乱停放',
  ],
  社会治安: [
    '夜间有人聚集喧哗', '电动车被盗', '路口缺少监控', '有可疑人员徘徊', '车辆堵塞消防通道',
    '放学时段交通秩序混乱', '深夜飙车扰民', '楼道电动车充电有隐患',
  ],
  矛盾纠纷: [
    '邻里噪音纠纷', '楼上漏水纠纷', '宅基地边界纠纷', '物业费纠纷', '停车位纠纷',
    '工钱拖欠纠纷', '宠物扰邻纠纷', '装修施工扰民', '房屋租赁押金纠纷',
  ],
  其他: [
    '咨询医保办理', '申请助老服务', '反映公交班次少', '咨询就业培训', '独居老人需要照看',
    '建议增设健身器材', '咨询社保转移', '希望开设四点半课堂',
  ],
};

const GENERIC_PROBLEMS = ['反映问题待核实', '群众来电反映情况', '建议尽快处理'] as const;

/** A summary for an appeal of `category` in `town`: a place in the town and a problem, in one of a few phrasings. */
export function appealSummary(random: Random, town: string, category: string): string {
  const problem = pick(random, PROBLEMS[category] ?? GENERIC_PROBLEMS);
  const place = `${town}${pick(random, SPOTS)}`;
  const phrasings = [`${place}${problem}`, `反映${place}${problem}`, `${problem}（${place}）`] as const;
  return pick(random, phrasings);
}
