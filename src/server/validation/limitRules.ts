/**
 * The request-limit rules the server runs, from the configured limits.
 */
import type { ValidationRule } from 'graphql';
import type { Config } from '../../config';
import { MAX_PAGE_SIZE } from '../../resolvers/pagination';
import { MaxAliasesRule } from './MaxAliasesRule';
import { MaxCostRule } from './MaxCostRule';
import { MaxDepthRule } from './MaxDepthRule';
import { listSize } from './listSizes';

export function limitRules(limits: Pick<Config, 'maxQueryDepth' | 'maxQueryCost' | 'maxAliases'>): ValidationRule[] {
  return [
    MaxDepthRule(limits.maxQueryDepth),
    MaxAliasesRule(limits.maxAliases),
    MaxCostRule({ maxCost: limits.maxQueryCost, listSize, maxPageSize: MAX_PAGE_SIZE }),
  ];
}
