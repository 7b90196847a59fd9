// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAfterPaint } from '../../../../renderer/ui/hooks/use-after-paint'

/** The frames, run by hand: each call paints one frame (its callbacks, then the paint). */
const frames = new Map<number, FrameRequestCallback>()
let lastFrame = 0
function paintFrame(): void {
  const due = [...frames.values()]
  frames.clear()
  for (const callback of due) callback(performance.now())
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  frames.clear()
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    lastFrame += 1
    frames.set(lastFrame, callback)
    return lastFrame
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames.delete(id)
  })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function Shown({ value }: { value: number }) {
  return <p>{useAfterPaint(value)}</p>
}
const shown = () => screen.getByRole('paragraph').textContent

describe('useAfterPaint: a value handed on after the frame that follows its change', () => {
  it('shows the first value at once', () => {
    render(<Shown value={1} />)
    expect(shown()).toBe('1')
  })

  it('keeps the old value through the next frame, and hands the new one on in the task after it', () => {
    const { rerender } = render(<Shown value={1} />)
    rerender(<Shown value={2} />)
    expect(shown()).toBe('1')
    act(() => {
      vi.runAllTimers()
    })
    // No frame painted yet: a timer alone must not hand it on.
    expect(shown()).toBe('1')
    act(() => {
      paintFrame()
    })
    expect(shown()).toBe('1')
    act(() => {
      vi.runAllTimers()
    })
    expect(shown()).toBe('2')
  })

  it('a burst of changes before the paint hands on only the last', () => {
    const { rerender } = render(<Shown value={1} />)
    for (const value of [2, 3, 4]) rerender(<Shown value={value} />)
    // One frame waited for, the last value's: the earlier ones were called off.
    expect(frames.size).toBe(1)
    act(() => {
      paintFrame()
      vi.runAllTimers()
    })
    expect(shown()).toBe('4')
    expect(frames.size).toBe(0)
  })
})
