// The catch-up's strings (www/js/lessons/catchup.js), English and Japanese, added to the page's table.

import { addStrings } from '../strings.js';

addStrings({
  'catchup.bar': ['Training progress', '学習の進み具合'],
  'catchup.text': ['Training to epoch {target}: epoch {epoch} reached, {percent} % of {total} steps.', 'エポック {target} まで学習中：エポック {epoch} まで済み、全 {total} ステップの {percent} %。'],
  'catchup.cancel': ['Cancel', '中止'],
  'catchup.cancelled': ['Cancelled at epoch {epoch} (epoch {asked} was asked); the link now says epoch {epoch}.', 'エポック {epoch} で中止しました (指定はエポック {asked})。リンクはエポック {epoch} になりました。'],
});
