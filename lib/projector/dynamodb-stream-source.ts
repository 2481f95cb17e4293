/**
 * Reads the events table's DynamoDB Stream the way an AWS Lambda trigger does: every shard in order, a shard's
 * children only after the shard itself has ended, resuming after the last sequence number it acknowledged.
 * Positions are saved by the caller AFTER the records are applied, so a crash re-delivers at most one batch
 * (the projector's per-stream revision check makes that harmless).
 */
import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record as StreamRecord,
  type DynamoDBStreamsClient,
  type Shard,
} from "@aws-sdk/client-dynamodb-streams";
import type { ShardPosition, ShardPositionStore } from "@/lib/read-model/projection-port";

export type { StreamRecord };

export interface StreamBatch {
  shardId: string;
  records: StreamRecord[];
  /** Call once the records are applied: saves the shard position. */
  acknowledge(): Promise<void>;
}

export interface StreamSourceEvents {
  /** Records were trimmed (older than 24 h on AWS) before this projector read them: the read model needs a rebuild. */
  onTrimmed?(shardId: string): void;
}

export function createDynamoStreamSource(options: {
  dynamo: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  positions: ShardPositionStore;
  batchSize?: number;
  events?: StreamSourceEvents;
}) {
  const { dynamo, streams, tableName, positions, batchSize = 500 } = options;
  let streamArn: string | undefined;
  let shards: Shard[] = [];
  let known = new Map<string, ShardPosition>();
  const iterators = new Map<string, string>();

  async function refresh(): Promise<void> {
    const table = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    const arn = table.Table?.LatestStreamArn;
    if (!arn)
      throw new Error(`Table ${tableName} has no DynamoDB Stream; it must be created with streams on (NEW_IMAGE)`);
    if (arn !== streamArn) iterators.clear();
    streamArn = arn;
    const found: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const page = await streams.send(
        new DescribeStreamCommand({ StreamArn: arn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      found.push(...(page.StreamDescription?.Shards ?? []));
      exclusiveStartShardId = page.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    shards = found;
    known = await positions.load(arn);
  }

  /** Shards to read now: not ended, and whose parent has ended or is gone (trimmed away). */
  function readyShards(): Shard[] {
    const ids = new Set(shards.map((s) => s.ShardId));
    return shards.filter((shard) => {
      if (known.get(shard.ShardId!)?.ended) return false;
      const parent = shard.ParentShardId;
      return !parent || !ids.has(parent) || known.get(parent)?.ended === true;
    });
  }

  async function iteratorFor(shardId: string): Promise<string | undefined> {
    const cached = iterators.get(shardId);
    if (cached) return cached;
    const sequenceNumber = known.get(shardId)?.sequenceNumber;
    const request = sequenceNumber
      ? {
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: "AFTER_SEQUENCE_NUMBER" as const,
          SequenceNumber: sequenceNumber,
        }
      : { StreamArn: streamArn, ShardId: shardId, ShardIteratorType: "TRIM_HORIZON" as const };
    try {
      return (await streams.send(new GetShardIteratorCommand(request))).ShardIterator;
    } catch (error) {
      if (!(error instanceof TrimmedDataAccessException)) throw error;
      options.events?.onTrimmed?.(shardId);
      known.set(shardId, { sequenceNumber: undefined, ended: false });
      return (
        await streams.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: "TRIM_HORIZON" }),
        )
      ).ShardIterator;
    }
  }

  async function readShard(shardId: string): Promise<StreamBatch | undefined> {
    const iterator = await iteratorFor(shardId);
    if (!iterator) return undefined;
    // Until the batch is acknowledged the shard has no iterator: if applying it fails, the next poll starts
    // again from the last acknowledged position and reads the same records once more.
    iterators.delete(shardId);
    let output;
    try {
      output = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));
    } catch (error) {
      if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) return undefined;
      throw error;
    }
    const records = output.Records ?? [];
    const next = output.NextShardIterator;
    if (records.length === 0 && next) {
      iterators.set(shardId, next);
      return undefined;
    }
    const arn = streamArn!;
    const position: ShardPosition = {
      sequenceNumber: records.at(-1)?.dynamodb?.SequenceNumber ?? known.get(shardId)?.sequenceNumber,
      ended: !next,
    };
    return {
      shardId,
      records,
      acknowledge: async () => {
        await positions.save(arn, shardId, position);
        known.set(shardId, position);
        if (next) iterators.set(shardId, next);
        if (position.ended) await refresh(); // an ended shard may have children to read next
      },
    };
  }

  return {
    /** The next batch of records from any ready shard, or undefined when there is nothing new right now. */
    async poll(): Promise<StreamBatch | undefined> {
      try {
        if (!streamArn) await refresh();
        for (const shard of readyShards()) {
          const batch = await readShard(shard.ShardId!);
          if (batch) return batch;
        }
      } catch (error) {
        // The table may have been deleted and recreated (a new stream), or a server is away: start over
        // from the saved positions on the next poll.
        streamArn = undefined;
        iterators.clear();
        throw error;
      }
      // Nothing new: look for shards that appeared since (DynamoDB rolls shards over every few hours).
      if (readyShards().length === 0 || Math.random() < 0.05) await refresh();
      return undefined;
    },
    /** Forget positions and iterators (after the read model was wiped and the stream is read from the start). */
    async reset(): Promise<void> {
      iterators.clear();
      streamArn = undefined;
    },
  };
}
