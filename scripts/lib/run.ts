import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'

/** Runs a command to completion, inheriting output; rejects with the exit code in the message. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} 失败（退出码 ${code ?? signal}）`), { exitCode: code ?? 1 }))
    })
  })
}

/** Starts a long-running command; the caller stops it. */
export function serve(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', ...options })
}

/** Environment for processes that load Payload with Lexical from plain Node (see docs/architecture.md). */
export function payloadNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ''
  return options.includes('--conditions=production')
    ? env
    : { ...env, NODE_OPTIONS: `${options} --conditions=production`.trim() }
}
