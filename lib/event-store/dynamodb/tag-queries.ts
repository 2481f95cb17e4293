/** The DynamoDB requests of tags: a tag's head, a tag's items, and the one transaction of a tagged append. */
import {
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type DynamoDBClient,
  type TransactWriteItem,
} from "@aws-sdk/client-dynamodb";
import type { Item } from "@/lib/event-store/dynamodb/items";
import { decodeTagItem, tagPartition, tagToItem, type TagItem } from "@/lib/event-store/dynamodb/tag-items";

/**
 * What the transaction found: written, the commit's key taken (with the item there when DynamoDB gave it), a tag
 * moved on, or an item busy in another transaction.
 */
export type TaggedWriteOutcome =
  | { kind: "written" }
  | { kind: "commit_taken"; item: Item | undefined }
  | { kind: "tag_moved"; tag: string }
  | { kind: "busy" };

export function createTagQueries(client: DynamoDBClient, tableName: string) {
  return {
    /** The tag's version: the greatest sk of its items, 0 when none (a consistent Query of one key). */
    async tagVersion(tag: string): Promise<number> {
      const output = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": { S: tagPartition(tag) } },
          ProjectionExpression: "sk",
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      );
      return Number(output.Items?.[0]?.sk?.N ?? 0);
    },

    /** The tag's items after version `after` (0: all of them) in version order, page after page. */
    async readTag(tag: string, consistent: boolean, after = 0): Promise<TagItem[]> {
      const items: TagItem[] = [];
      let startKey: Item | undefined;
      do {
        const output = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: "pk = :pk AND sk > :after",
            ExpressionAttributeValues: { ":pk": { S: tagPartition(tag) }, ":after": { N: String(after) } },
            ScanIndexForward: true,
            ConsistentRead: consistent,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of output.Items ?? []) {
          const decoded = decodeTagItem(item);
          if (decoded) items.push(decoded);
        }
        startKey = output.LastEvaluatedKey;
      } while (startKey);
      return items;
    },

    /**
     * The commit item and its tag items in one TransactWriteItems, each put only where its key is free; a
     * condition-only tag (`checks`: tag → its version) is a ConditionCheck that its next version is still free.
     */
    async writeTagged(commit: Item, tagItems: readonly TagItem[], checks: ReadonlyMap<string, number>) {
      const absent = {
        ConditionExpression: "attribute_not_exists(pk)",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
      };
      const tagsInOrder = [...tagItems.map((t) => t.tag), ...checks.keys()];
      const items: TransactWriteItem[] = [
        { Put: { TableName: tableName, Item: commit, ...absent } },
        ...tagItems.map((t) => ({ Put: { TableName: tableName, Item: tagToItem(t), ...absent } })),
        ...[...checks].map(([tag, version]) => ({
          ConditionCheck: {
            TableName: tableName,
            Key: { pk: { S: tagPartition(tag) }, sk: { N: String(version + 1) } },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        })),
      ];
      try {
        await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
        return { kind: "written" } satisfies TaggedWriteOutcome;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        if (reasons[0]?.Code === "ConditionalCheckFailed")
          return { kind: "commit_taken", item: reasons[0].Item } satisfies TaggedWriteOutcome;
        const moved = reasons.findIndex((reason, i) => i > 0 && reason.Code === "ConditionalCheckFailed");
        if (moved > 0) return { kind: "tag_moved", tag: tagsInOrder[moved - 1]! } satisfies TaggedWriteOutcome;
        // Another transaction held one of the items: try again. Anything else (a validation error) is thrown.
        if (reasons.some((reason) => reason.Code === "TransactionConflict"))
          return { kind: "busy" } satisfies TaggedWriteOutcome;
        throw error;
      }
    },
  };
}
