// The Redis connection of the scale-out mode (REDIS_URL). Fail fast rather than queue: while
// Redis is down, a command fails at once (the gate then answers "unavailable") instead of
// waiting in an offline queue, and the client keeps reconnecting in the background, so the
// service recovers by itself when Redis is back.
import Redis from "ioredis";

export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Without a listener ioredis prints every failed reconnect; the gate reports the state instead.
  redis.on("error", () => {});
  return redis;
}

/** Resolves once the client is connected (tests, startup logs); rejects after `timeoutMs`. */
export function redisReady(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      reject(new Error("redis not ready"));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once("ready", onReady);
  });
}
