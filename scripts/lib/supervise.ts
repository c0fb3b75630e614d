import type { ChildProcess } from 'node:child_process'

export type SupervisedProcess = {
  /** Stops the process and does not start it again. */
  stop: () => void
}

export type SuperviseOptions = {
  /** Crashes within `crashWindowMs` after which it is not started again. @default 5 */
  maxCrashes?: number
  /** @default 300000 (5 minutes) */
  crashWindowMs?: number
  /** Called when the process kept crashing and was given up, with its last exit code. */
  onGiveUp: (code: number) => void
  log?: (line: string) => void
}

/**
 * Keeps a long-running process up: when it exits by itself it is started again after a pause
 * that doubles with each crash (1 s up to 30 s, back to 1 s once it ran for a minute). A
 * process that crashes `maxCrashes` times within the window is given up (`onGiveUp`): that is
 * a fault a restart does not cure (a port taken, a broken configuration).
 */
export function supervise(name: string, start: () => ChildProcess, options: SuperviseOptions): SupervisedProcess {
  const { maxCrashes = 5, crashWindowMs = 300_000, onGiveUp, log = (line) => console.error(line) } = options
  let stopped = false
  let child: ChildProcess
  let timer: NodeJS.Timeout | undefined
  let crashes: number[] = []
  let backoff = 1000

  const launch = () => {
    const startedAt = Date.now()
    child = start()
    child.on('exit', (code, signal) => {
      if (stopped) return
      const now = Date.now()
      if (now - startedAt > 60_000) backoff = 1000
      crashes = [...crashes.filter((t) => now - t < crashWindowMs), now]
      if (crashes.length >= maxCrashes) {
        log(`${name}在 ${Math.round(crashWindowMs / 60_000)} 分钟内退出 ${crashes.length} 次（退出码 ${code ?? signal}），不再重启。`)
        stopped = true
        onGiveUp(code ?? 1)
        return
      }
      log(`${name}意外退出（退出码 ${code ?? signal}），${backoff / 1000} 秒后重启…`)
      timer = setTimeout(launch, backoff)
      backoff = Math.min(backoff * 2, 30_000)
    })
  }
  launch()

  return {
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    },
  }
}
