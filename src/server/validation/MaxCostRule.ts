/**
 * Validation rule: a static estimate of what an operation asks for, at most `maxCost`. Every object
 * a field returns costs 1; a list multiplies the cost of its items by its size — `first` where the
 * field takes it (a literal, a variable's declared default, else the largest page allowed, since
 * variables are not known at validation), the field's default `first` when omitted, 1 for a
 * connection's `edges` (already counted by `first`), and `listSize(type, field)` for other lists
 * (./listSizes.ts). Scalars cost nothing. More is QUERY_TOO_COSTLY.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryLimitError } from './QueryLimitError';
import { SelectionFolder } from './SelectionFolder';

export interface CostOptions {
  readonly maxCost: number;
  /** Size assumed for the list field `field` of `type` when it takes no `first`. */
  readonly listSize: (type: string, field: string) => number;
  /** Size assumed for `first: $variable` without a default: the largest page the API serves. */
  readonly maxPageSize: number;
}

export function MaxCostRule(options: CostOptions): ValidationRule {
  const { maxCost } = options;
  if (!(maxCost >= 1)) throw new TypeError(`maxCost must be ≥ 1; got ${maxCost}`);
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const folder: SelectionFolder = new SelectionFolder(
        context,
        (field, parentType) => fieldCost(field, parentType, operation, options, folder),
        (a, b) => a + b,
      );
      const got = Math.min(folder.fold(operation.selectionSet, context.getSchema().getQueryType() ?? undefined), Number.MAX_SAFE_INTEGER);
      if (got > maxCost) {
        context.reportError(
          new QueryLimitError(
            'QUERY_TOO_COSTLY',
            maxCost,
            got,
            `the query's estimated cost is ${got} (each object 1, each list multiplied by its first or its usual size); at most ${maxCost} is allowed: ask for smaller pages or fewer nested lists`,
            operation,
          ),
        );
      }
      return false;
    },
  });
}

function fieldCost(
  field: FieldNode,
  parentType: GraphQLCompositeType | undefined,
  operation: OperationDefinitionNode,
  options: CostOptions,
  folder: SelectionFolder,
): number {
  const definition = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[field.name.value] : undefined;
  if (!definition) return 0; // unknown fields are FieldsOnCorrectTypeRule's to report
  const type = getNamedType(definition.type);
  if (!isCompositeType(type)) return 0;
  const items = field.selectionSet ? folder.fold(field.selectionSet, type) : 0;
  return multiplier(field, definition, parentType!, operation, options) * (1 + items);
}

function multiplier(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  parentType: GraphQLCompositeType,
  operation: OperationDefinitionNode,
  options: CostOptions,
): number {
  const firstArg = definition.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = field.arguments?.find((a) => a.name.value === 'first')?.value;
    if (given === undefined) return numberOr(firstArg.defaultValue, options.maxPageSize);
    if (given.kind === 'Variable') {
      const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value)?.defaultValue;
      return declared ? numberOr(valueFromAST(declared, firstArg.type), options.maxPageSize) : options.maxPageSize;
    }
    return numberOr(valueFromAST(given, firstArg.type), options.maxPageSize);
  }
  if (!isListType(getNullableType(definition.type))) return 1;
  return parentType.name.endsWith('Connection') ? 1 : options.listSize(parentType.name, definition.name);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
