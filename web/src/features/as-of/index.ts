/** 查看某日状态: the board, overdue list and dashboard as of a past day; 对比; 整改期满评估 and 通报. */
import { lazy } from 'react';

export { AsOfBanner, AsOfPicker } from './as-of-controls';
export { AS_OF_PARAM, asOfSearch, parseAsOf, useAsOf } from './use-as-of';
export const COMPARE_PATH = '/compare';
export const EVALUATION_PATH = '/evaluation';
export const ComparePage = lazy(() => import('./compare-page').then((m) => ({ default: m.ComparePage })));
export const EvaluationPage = lazy(() => import('./evaluation-page').then((m) => ({ default: m.EvaluationPage })));
