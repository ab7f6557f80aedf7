/** Every metamorphic transform, by kind (see each file for what it does and why it keeps the meaning). */
import { addPageNumbers } from './addPageNumbers';
import { bannerYear } from './bannerYear';
import { headerPageNumbers } from './headerPageNumbers';
import { mergePages } from './mergePages';
import { moveBanner } from './moveBanner';
import { movePageBreak } from './movePageBreak';
import { permuteTitles } from './permuteTitles';
import { removeMinistry } from './removeMinistry';
import { removePageNumbers } from './removePageNumbers';
import { reorderMinistries } from './reorderMinistries';
import { spacing } from './spacing';
import { splitPage } from './splitPage';
import type { Transform, TransformKind } from './types';
import { widthVariants } from './widthVariants';

export { removeMinistryAt } from './removeMinistry';
export type { Applied, Expectation, Transform, TransformKind } from './types';

export const TRANSFORMS: Readonly<Record<TransformKind, Transform>> = {
  permuteTitles,
  moveBanner,
  addPageNumbers,
  removePageNumbers,
  headerPageNumbers,
  splitPage,
  mergePages,
  movePageBreak,
  widthVariants,
  spacing,
  reorderMinistries,
  removeMinistry,
  bannerYear,
};

export const TRANSFORM_KINDS = Object.keys(TRANSFORMS) as TransformKind[];
