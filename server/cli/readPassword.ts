/** Reading a password for `npm run user`: typed twice without echo at a terminal, or the whole of standard input. */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Standard input up to its end, without the final line break (`echo pw | …` adds one). */
export async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** One line typed at the terminal, not echoed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/** Asks twice at the terminal; null when the two differ. */
export async function passwordFromPrompt(): Promise<string | null> {
  if (!process.stdin.isTTY) throw new Error('no terminal to type the password at: pipe it in with --password-stdin');
  const first = await askHidden('Password: ');
  const second = await askHidden('Password again: ');
  return first === second ? first : null;
}
