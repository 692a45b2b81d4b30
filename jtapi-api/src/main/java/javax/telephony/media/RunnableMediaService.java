package javax.telephony.media;

/**
 * Media service application that can be started as a {@code Runnable} after being told which
 * service name it should serve.
 */
public interface RunnableMediaService extends Runnable {
    void setServiceName(String serviceName);
}
