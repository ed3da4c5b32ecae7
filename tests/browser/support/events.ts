/** Citizen appeals as a feed would send them, for filling the wall's ticker in tests. */
const SAMPLES = [
  { town: '灵川镇', category: '市容市貌', summary: '八里街路口占道经营，已协调城管规范摊位' },
  { town: '定江镇', category: '矛盾纠纷', summary: '邻里宅基地边界纠纷，村调委会上门调解' },
  { town: '大圩镇', category: '社会治安', summary: '古镇夜间巡逻力量不足，已增设党员巡逻岗' },
  { town: '三街镇', category: '市容市貌', summary: '集市垃圾清运不及时，已调整清运时间' },
  { town: '灵田镇', category: '其他', summary: '申请开通村级便民服务代办点' },
  { town: '潭下镇', category: '社会治安', summary: '学校周边交通秩序，党员志愿者护学' },
];

/** `count` appeal.handled events with unique ids (prefixed by `tag`). */
export function sampleAppeals(count: number, tag: string) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${tag}-${i}`,
    type: 'appeal.handled' as const,
    ...SAMPLES[i % SAMPLES.length]!,
  }));
}
