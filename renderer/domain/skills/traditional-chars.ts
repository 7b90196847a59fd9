/**
 * The Traditional forms (Taiwan and Hong Kong, as opencc writes them) of the Chinese characters
 * in the skill suggestions and the skill domains' names, with their Simplified ones: a user who
 * types "深度學習" is offered 深度学习. A table this small is enough for names this few; opencc
 * itself is too heavy for the UI thread (the journal loads it in a worker). A test checks the
 * table against opencc for every character of the names.
 */
const TRADITIONAL_FORMS =
  '萬與專業兩個為習產僅優傳體關劃別務動單廠壓發號團處學實對導師幹並庫應開張強態戶據數晉機權構標檢沒測獵監碼礎碩類級線練經結給統縮網羣聯規視覺計訓設評識詞譯試語調負責軟達運還這隊項預領餾驗齊薦廣'
const SIMPLIFIED_FORMS =
  '万与专业两个为习产仅优传体关划别务动单厂压发号团处学实对导师干并库应开张强态户据数晋机权构标检没测猎监码础硕类级线练经结给统缩网群联规视觉计训设评识词译试语调负责软达运还这队项预领馏验齐荐广'

/** The characters of a table's row: all in the Basic Multilingual Plane, one code unit each. */
const charsOf = (row: string): string[] => row.split('')

export const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  charsOf(TRADITIONAL_FORMS).map((char, index) => [char, SIMPLIFIED_FORMS.charAt(index)]),
)

export const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL_FORMS}]`, 'gu')
