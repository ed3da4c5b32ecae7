import type { Section } from './entry';

/**
 * Place, project and company names as the county writes them (`zh`, the key
 * events and the catalog use) and as an English reader is given them.
 * Names no English source fixes are romanised, with the generic part
 * (Town, Logistics, Asphalt) translated.
 */
export const TOWNS = {
  lingchuan: { zh: '灵川镇', en: 'Lingchuan Town' },
  daxu: { zh: '大圩镇', en: 'Daxu Town' },
  dingjiang: { zh: '定江镇', en: 'Dingjiang Town' },
  sanjie: { zh: '三街镇', en: 'Sanjie Town' },
  tanxia: { zh: '潭下镇', en: 'Tanxia Town' },
  jiuwu: { zh: '九屋镇', en: 'Jiuwu Town' },
  lingtian: { zh: '灵田镇', en: 'Lingtian Town' },
  qingshitan: { zh: '青狮潭镇', en: 'Qingshitan Town' },
  chaotian: { zh: '潮田乡', en: 'Chaotian Township' },
  haiyang: { zh: '海洋乡', en: 'Haiyang Township' },
  dajing: { zh: '大境瑶族乡', en: 'Dajing Yao Township' },
  lantian: { zh: '兰田瑶族乡', en: 'Lantian Yao Township' },
} as const satisfies Section;

export const CATEGORIES = {
  cityscape: { zh: '市容市貌', en: 'City appearance' },
  security: { zh: '社会治安', en: 'Public security' },
  disputes: { zh: '矛盾纠纷', en: 'Disputes' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Section;

/** The two key projects whose land the county acquired. */
export const SITES = {
  emuDepot: { zh: '桂林北动车所', en: 'Guilin North EMU Depot' },
  freight: { zh: '西货运中心站', en: 'West Freight Center' },
} as const satisfies Section;

/** The introduced projects the report names (it counts eight). */
export const COMPANIES = {
  guikangLogistics: { zh: '桂康物流', en: 'Guikang Logistics' },
  guikangFandan: { zh: '桂康矾氮', en: 'Guikang Fandan' },
  shaoxingPower: { zh: '韶兴电力科技', en: 'Shaoxing Power Technology' },
  jieliMaterials: { zh: '捷力新型建材', en: 'Jieli New Building Materials' },
  luchuangAsphalt: { zh: '路创沥青', en: 'Luchuang Asphalt' },
  guihuWood: { zh: '桂湖木业', en: 'Guihu Wood Industry' },
} as const satisfies Section;

/** What each company's own name says it does; the report says nothing more about any of them. */
export const COMPANY_TRADES = {
  guikangLogistics: { zh: '物流（据名称）', en: 'Logistics (from its name)' },
  guikangFandan: { zh: '报道只给出名称', en: 'The report gives its name only' },
  shaoxingPower: { zh: '电力科技（据名称）', en: 'Power technology (from its name)' },
  jieliMaterials: { zh: '新型建材（据名称）', en: 'New building materials (from its name)' },
  luchuangAsphalt: { zh: '沥青（据名称）', en: 'Asphalt (from its name)' },
  guihuWood: { zh: '木业（据名称）', en: 'Wood products (from its name)' },
} as const satisfies Section;

export const COMMUNITIES = {
  qicai: { zh: '七彩社区', en: 'Qicai Community' },
  jiulong: { zh: '九龙社区', en: 'Jiulong Community' },
} as const satisfies Section;

/** Party-building brands: slogans kept in Chinese, as the county displays them, with an English gloss. */
export const BRANDS = {
  steelFortress: { zh: '钢铁堡垒·共创桂康', en: '“钢铁堡垒·共创桂康” (Steel fortress, building Guikang together)', proper: true },
  jinshan: { zh: '党建铸魂·金山逐梦', en: '“党建铸魂·金山逐梦” (Party building forges the soul, Jinshan chases its dream)', proper: true },
  guanglu: { zh: '红色匠心·筑梦广陆', en: '“红色匠心·筑梦广陆” (Red craftsmanship builds the Guanglu dream)', proper: true },
  pioneer: { zh: '项目先锋', en: '“项目先锋” (Project Pioneers)', proper: true },
  community: { zh: '县直机关党建共同体', en: "“县直机关党建共同体” (County organs' party-building community)", proper: true },
} as const satisfies Section;
