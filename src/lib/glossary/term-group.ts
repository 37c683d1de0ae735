/** The groups the public glossary shows its terms in, in this order. */
export const TERM_GROUPS = [
  'basics',
  'calling-escape',
  'equipment',
  'heating-fuel',
  'electricity',
  'fire-sources',
  'places',
  'inspection',
  'law',
] as const;
export type TermGroup = (typeof TERM_GROUPS)[number];

/**
 * Where a term goes when its entry names no `group`: by words in its Chinese, first match wins
 * (so 烟雾报警器 is equipment, not calling for help). An editor overrides it with `group:` in
 * content/glossary/terms.yaml.
 */
const RULES: [TermGroup, RegExp][] = [
  ['law', /法|罚|责任|公安|政府|机构|委员会|部门|拘留|警告|违法|犯罪|许可|审查|标准|责令|强制|停产|派出所/],
  [
    'equipment',
    /灭火器|消火栓|报警器|设施|器材|产品|压力表|保险销|喷管|压把|沙土|水桶|铁锹|手电筒|应急照明|标志|系统|水源|锅盖|消防车$/,
  ],
  [
    'calling-escape',
    /报警|报火警|119|逃生|疏散|自救|被困|呼救|捂住|弯腰|湿布|集合点|救援|撤离|扑救|上风处|烧过的地方|断电|总闸|消防员|消防队|救援站|火场/,
  ],
  ['inspection', /检查|巡查|自查|演练|培训|值班|整改|举报|宣传|公约|预案|管理|重点单位|动火|焊|上岗证|七进/],
  ['heating-fuel', /燃气|液化|气罐|气瓶|阀门|软管|灶|一氧化碳|汽油|柴油|煤|牛粪|柴|炉|烟囱|通风|易燃|可燃|爆炸|草垛/],
  ['electricity', /电(?!梯)/],
  ['fire-sources', /酥油灯|灯罩|香|煨桑|烟花|火星|明火|吸烟|烟头|打火机|火柴|用火|烧荒|油锅|烟$/],
  [
    'places',
    /场所|学校|社区|企业|农牧区|家庭|景区|寺院|佛堂|佛殿|供灯房|医院|车站|建筑|地下|宾馆|民宿|商店|商场|市场|饭馆|厨房|仓库|作坊|工厂|宿舍|幼儿园|养老院|实验室|档案室|教室|加油站|牧点|冬窝子|牧场|定居点|^村$|^乡$|^县$|采挖点|草原|森林|帐篷|楼梯|楼道|电梯|窗户|防盗|^机关$|^单位$/,
  ],
];

export function termGroup(term: { zh: string; group?: TermGroup | undefined }): TermGroup {
  if (term.group) return term.group;
  return RULES.find(([, pattern]) => pattern.test(term.zh))?.[0] ?? 'basics';
}
