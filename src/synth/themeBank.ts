/**
 * Material for measures a ministry did not have the year before: per theme of data/themes.json, a
 * priority-item title, practices and outcomes written as the report writes them, and the guideline
 * clause cell (as printed) a new item's row names. Each text carries its own theme and no other
 * (tests/unit/lineage/themeBank.test.ts checks it), so a new measure composed for a theme the
 * ministry never mentioned is not a rewording of one of its measures.
 */
import type { Random } from './random';

export interface BankEntry {
  readonly theme: string;
  readonly title: string;
  readonly practices: readonly string[];
  readonly outcomes: readonly string[];
  /** The B cell of a new row for this theme, line by line as the clause column prints it. */
  readonly clauseCell: readonly string[];
}

const PART2 = ['Ⅱ「ワークライフバランスの推進のため', 'の働き方改革」'];
const BUSINESS_REVIEW = [...PART2, '１．業務効率化・デジタル化の推進', '（１）業務の廃止を含めた業務見直し・', '効率化'];
const MANAGEMENT = [...PART2, '３．マネジメント改革', '（１）職員のやりがい向上も踏まえた管', '理職のマネジメント向上'];
const BALANCE = [...PART2, '４．仕事と生活の両立支援'];

export const THEME_BANK: readonly BankEntry[] = [
  {
    theme: 'one-on-one',
    title: '1on1ミーティングによる対話の充実',
    practices: [
      '課長級職員と係員の間で月1回程度の1on1ミーティングを行う仕組みを試行的に導入した',
      '1on1ミーティングの進め方や話題の例をまとめた手引を作成し、課室長に配布した',
    ],
    outcomes: ['試行に参加した係員の多くから、日頃の悩みを上司に相談しやすくなったとの声が寄せられた', '対話の時間を確保するため、会議日程をあらかじめ空けておく運用を定めた'],
    clauseCell: [...MANAGEMENT, '①管理職が実施すべきマネジメント行動'],
  },
  {
    theme: 'mens-childcare-leave',
    title: '男性職員の育児参画の促進',
    practices: [
      '配偶者の出産を控えた男性職員を対象に、上司と本人が取得計画を話し合う場を必ず設けることとした',
      '男性職員の育児参画の体験談を庁内ポータルに掲載し、取得を後押しする雰囲気づくりに努めた',
    ],
    outcomes: ['男性職員の取得率は前年度を上回り、取得期間も長くなる傾向が見られた', '取得予定者の業務を代わりに担う体制をあらかじめ決めておく運用が各課に広がった'],
    clauseCell: [...BALANCE, '（１）男性の育児への参画促進'],
  },
  {
    theme: 'harassment-prevention',
    title: 'ハラスメントのない職場づくり',
    practices: ['ハラスメントの相談窓口に外部の専門家を加え、匿名でも相談できる体制を整えた', '全ての課室でハラスメント防止に関する読み合わせを行い、具体的な事例を確認した'],
    outcomes: ['相談窓口の認知度が高まり、早い段階での相談につながった', '読み合わせの後、職場内の言葉遣いを見直す動きが見られた'],
    clauseCell: [...BALANCE, '（２）仕事と生活を両立しながら活躍で', 'きる環境づくり'],
  },
  {
    theme: 'mental-health',
    title: '職員の心身の健康確保',
    practices: ['ストレスチェックの集団分析結果を各課室長に示し、職場ごとの改善計画を作らせた', '産業医による健康相談の日を月2回に増やし、心身のコンディションに不安のある職員が予約なしでも相談できるようにした'],
    outcomes: ['集団分析で高ストレスとされた職場の割合が前年より下がった', '健康相談の利用者が増え、不調の早期把握につながった'],
    clauseCell: [...PART2, '３．マネジメント改革', '（３）職員・職場の状況を把握・活用す', 'る仕組み'],
  },
  {
    theme: 'automation',
    title: 'RPAを活用した作業の自動化',
    practices: ['RPAを用いて出張旅費の集計作業を自動化し、担当者の手作業を大幅に減らした', '生成AIを試行的に導入し、会議録の要約や文案の下書きに用いる取組を始めた'],
    outcomes: ['集計作業に要していた時間は月あたり約20時間短くなった', '利用上の注意点を整理し、安全に使える範囲を職員に示した'],
    clauseCell: [...BUSINESS_REVIEW, '③定型業務の効率化'],
  },
  {
    theme: 'outsourcing',
    title: '外部委託の活用による負担軽減',
    practices: ['問い合わせへの一次対応をコールセンターに外部委託し、担当係の負担を軽くした', '外部委託に適した作業を洗い出し、委託範囲を拡大する方針を定めた'],
    outcomes: ['担当係では本来の仕事に充てられる時間が増えた', '委託先との定期的な打合せにより、対応の品質を確認している'],
    clauseCell: [...BUSINESS_REVIEW, '②業務見直し'],
  },
  {
    theme: 'onboarding-mentoring',
    title: '新規採用職員の受入れ体制の充実',
    practices: ['新規採用職員一人ひとりに年次の近い先輩職員をメンターとして指名した', '配属前の新規採用職員に各課の仕事の流れをまとめた資料を渡し、着任後の不安を和らげる工夫をした'],
    outcomes: ['メンターとの面会は月1回程度行われ、早期の相談につながった', '受入れ部署からも、着任直後の指導の負担が軽くなったとの声があった'],
    clauseCell: [...PART2, '３．マネジメント改革', '（２）人材育成のための人事当局の役割', '②自己成長の機会提供'],
  },
  {
    theme: 'office-reform',
    title: '執務環境の改善',
    practices: ['執務室の一部をフリーアドレスとし、打合せスペースを新たに設けた', '執務室のレイアウトを見直し、少人数で集まれる場所を増やした'],
    outcomes: ['職員からは、課をまたいだ相談がしやすくなったとの声が多かった', '書類の保管場所を集約し、執務室の通路を広く取ることができた'],
    clauseCell: [...BUSINESS_REVIEW, '⑤効率的に働ける職場環境の整備'],
  },
  {
    theme: 'flexible-hours',
    title: '柔軟な勤務時間の活用',
    practices: ['フレックスタイムの活用例を職員に紹介し、通院などと両立しやすい勤務の組み方を示した', '年次休暇の計画表を課ごとに作成し、休暇取得を課内で調整する運用を始めた'],
    outcomes: ['年次休暇の平均取得日数は前年度より増えた', '制度を利用する職員の割合が各課で高まった'],
    clauseCell: [...BALANCE, '（２）仕事と生活を両立しながら活躍で', 'きる環境づくり', '①働く時間の柔軟化'],
  },
  {
    theme: 'overtime-reduction',
    title: '超過勤務の縮減',
    practices: ['毎週水曜日を定時退庁日とし、幹部が率先して退庁するよう呼び掛けた', '超過勤務が月45時間を超えた職員について、課長が仕事量の調整を行う仕組みを設けた'],
    outcomes: ['一人当たりの超過勤務時間は前年同期と比べて減少した', '定時退庁日の実施率は9割を超えた'],
    clauseCell: [...PART2, '２．勤務時間管理のシステム化と勤務', '時間管理の徹底', '（２）的確な勤務時間管理による超過勤', '務縮減と勤務間インターバルの確保等'],
  },
  {
    theme: 'psychological-safety',
    title: '風通しの良い職場づくり',
    practices: ['課室ごとに心理的安全性をテーマとした対話の時間を設け、意見を言いやすい職場づくりを進めた', '朝会で一人ひとりが近況を話す取組を始め、職員相互理解を深めた'],
    outcomes: ['参加者の多くが、以前より意見を伝えやすくなったと答えた', '若手職員からの発言が会議で増えたとの報告があった'],
    clauseCell: [...MANAGEMENT, '①管理職が実施すべきマネジメント行動'],
  },
  {
    theme: 'improvement-suggestions',
    title: '職員提案による仕事の改善',
    practices: ['職員が仕事の改善案を気軽に投稿できる目安箱を庁内ポータルに設けた', '寄せられた改善案のうち優れたものを幹部会で紹介し、実現に向けて担当課を決めた'],
    outcomes: ['半年間で約60件の改善案が寄せられ、うち15件を実行に移した', '提案者には結果を伝え、次の提案につながるよう配慮した'],
    clauseCell: ['Ⅳ．推進体制等', '（１）各府省等における取組の推進', '③職員の声の把握、エンゲージメント', '調査等の実施'],
  },
  {
    theme: 'staffing',
    title: '業務分担の見直し',
    practices: ['繁忙期の係に他の係から応援要員を出す輪番制を導入した', '係ごとの仕事量を把握し、人員配置と業務分担を年度途中でも見直せるようにした'],
    outcomes: ['繁忙期に特定の職員へ負担が集中することが少なくなった', '見直しの結果、二つの係で所掌の一部を統合した'],
    clauseCell: [...BUSINESS_REVIEW, '②業務見直し'],
  },
  {
    theme: 'leadership-dialogue',
    title: '幹部と職員の対話の促進',
    practices: ['幹部と若手職員が直接意見を交わすタウンミーティングを年3回開いた', '幹部メッセージを庁内ポータルで定期的に発信し、組織の方針を職員に伝えた'],
    outcomes: ['参加した職員からは、組織の方向性が理解しやすくなったとの感想が多かった', '出された意見のうち一部は、翌月の幹部会で対応方針が示された'],
    clauseCell: ['Ⅳ．推進体制等', '（１）各府省等における取組の推進', '②大臣、事務次官等のリーダーシップの', '発揮と推進体制'],
  },
  {
    theme: 'knowledge-sharing',
    title: '仕事のノウハウの共有',
    practices: ['各課の工夫を好事例として集め、庁内ポータルで横展開した', '頻繁に問い合わせのある手続について、担当者向けのマニュアルを整備した'],
    outcomes: ['着任したばかりの職員でも手続を進めやすくなったとの声があった', '好事例の閲覧数は月平均で約500件となった'],
    clauseCell: [...BUSINESS_REVIEW, '②業務見直し'],
  },
  {
    theme: 'working-hours-systems',
    title: '勤務時間管理の適正化',
    practices: ['勤怠管理のシステムに登録された出退庁時刻を課長が週ごとに確認する運用を始めた', '勤務時間管理システムの画面を見直し、申請の手間を減らした'],
    outcomes: ['記録漏れの件数が前年度に比べて大きく減った', '確認の結果を踏まえ、勤務時間が長い職員へ声を掛ける運用が定着しつつある'],
    clauseCell: [...PART2, '２．勤務時間管理のシステム化と勤務', '時間管理の徹底', '（１）勤務時間管理のシステム化'],
  },
  {
    theme: 'multi-rater-feedback',
    title: '多面観察の活用',
    practices: ['課長級以上の職員を対象に多面観察を行い、結果を本人に返す場を設けた', '多面観察の結果を踏まえた行動目標を本人に立てさせ、半年後に振り返る仕組みとした'],
    outcomes: ['対象者の多くが、自らの仕事の進め方を見直すきっかけになったと回答した', '結果の返し方について、課長級職員向けの説明資料を整えた'],
    clauseCell: [...MANAGEMENT, '②管理職のマネジメント能力の向上'],
  },
];

/** How a new measure of the report's year opens (the measures year of the new report). */
const OPENERS = ['{year}より、', '{year}に、', '{year}から新たに、'];
/** Next steps any new measure may end with; no theme's terms in them. */
const NEXT_STEPS = ['今後は対象を広げ、取組の定着を図る', '今後、実施状況を検証し、運用の改善につなげる', '引き続き効果を確かめながら、必要な見直しを行う', '次年度以降も継続して実施する予定である'];

/**
 * The text of a new measure for `entry`: an opener naming `measuresYear`, a practice (the one
 * numbered `practice`, or one or both at random), an outcome and a next step.
 */
export function composeMeasure(entry: BankEntry, measuresYear: string, random: Random, practice?: number): string {
  const practices =
    practice !== undefined ? [entry.practices[practice % entry.practices.length]] : random.chance(0.5) ? entry.practices : [random.pick(entry.practices)];
  const opener = random.pick(OPENERS).replace('{year}', measuresYear);
  const sentences = [opener + practices[0], ...practices.slice(1), random.pick(entry.outcomes), random.pick(NEXT_STEPS)];
  return sentences.map((s) => `${s}。`).join('');
}
