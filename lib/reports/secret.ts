/** 16 random bytes in base64url: 128 bits, 22 characters of [A-Za-z0-9_-]. */
const SECRET = /^[A-Za-z0-9_-]{22}$/;

/** true for a string shaped like a report id or delete token; anything else never reaches the store */
export const isSecret = (value: string): boolean => SECRET.test(value);
